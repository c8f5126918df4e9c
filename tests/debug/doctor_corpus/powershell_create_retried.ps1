# expect: create-retried-blindly
$headers = @{ Authorization = "Bearer $env:ZOOM_TOKEN" }
$body = @{ topic = 'Exam review'; type = 2; start_time = '2027-02-01T13:00:00'; timezone = 'UTC' } | ConvertTo-Json
Invoke-RestMethod -Method Post -Uri 'https://api.zoom.us/v2/users/me/meetings' -Headers $headers `
    -ContentType 'application/json' -Body $body -MaximumRetryCount 3 -RetryIntervalSec 5
