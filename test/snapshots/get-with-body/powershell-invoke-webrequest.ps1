$body = '{"query": {"match_all": {}}}'
$request = @{
    Uri = '{{baseUrl}}/search'
    Method = 'Get'
    ContentType = 'application/json'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
