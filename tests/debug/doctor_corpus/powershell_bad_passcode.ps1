# expect: api-field-invalid
$headers = @{ Authorization = "Bearer $env:ZOOM_TOKEN" }
$body = @{ topic = 'Finance committee'; type = 2; password = 'finance committee 2026'; start_time = '2027-03-01T17:00:00'; timezone = 'Europe/Berlin' }
Invoke-RestMethod -Method Post -Uri 'https://api.zoom.us/v2/users/me/meetings' -Headers $headers `
    -ContentType 'application/json' -Body ($body | ConvertTo-Json)
