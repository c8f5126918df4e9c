# expect: api-body-not-json
$headers = @{ Authorization = "Bearer $env:ZOOM_TOKEN" }
$body = @{ topic = 'Governors'; type = 2; start_time = '2027-01-11T19:00:00'; timezone = 'Europe/London' }
Invoke-RestMethod -Method Post -Uri 'https://api.zoom.us/v2/users/me/meetings' -Headers $headers -Body ($body | ConvertTo-Json)
