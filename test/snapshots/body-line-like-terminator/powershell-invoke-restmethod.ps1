$body = @'


BODYBODY
  BODY2 indented
EOF

'@
$request = @{
    Uri = '{{baseUrl}}/notes'
    Method = 'Post'
    ContentType = 'text/plain'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
