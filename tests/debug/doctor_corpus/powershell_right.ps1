# expect: (none)
$pair = "$($env:ZOOM_CLIENT_ID):$($env:ZOOM_CLIENT_SECRET)"
$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($pair))
$token = (Invoke-RestMethod -Method Post -Uri 'https://zoom.us/oauth/token' `
    -Headers @{ Authorization = "Basic $basic" } `
    -Body @{ grant_type = 'account_credentials'; account_id = $env:ZOOM_ACCOUNT_ID }).access_token

$meeting = @{ topic = 'Staff briefing'; type = 2; start_time = '2026-12-01T08:00:00'; timezone = 'Europe/Oslo' }
Invoke-RestMethod -Method Post -Uri 'https://api.zoom.us/v2/users/me/meetings' `
    -Headers @{ Authorization = "Bearer $token" } `
    -ContentType 'application/json' -Body ($meeting | ConvertTo-Json)
