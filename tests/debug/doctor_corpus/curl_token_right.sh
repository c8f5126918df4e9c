# expect: (none)
curl -X POST https://zoom.us/oauth/token \
  -u "$ZOOM_CLIENT_ID:$ZOOM_CLIENT_SECRET" \
  -d grant_type=account_credentials \
  -d account_id="$ZOOM_ACCOUNT_ID"
