# expect: (none)
curl -X POST https://api.zoom.us/v2/users/me/meetings \
  -H "Authorization: Bearer $ZOOM_TOKEN" \
  -H 'Content-Type: application/json' \
  --data-raw '{"topic":"Open day","type":2,"start_time":"2026-11-14T10:00:00","timezone":"Europe/Dublin","duration":120}'
