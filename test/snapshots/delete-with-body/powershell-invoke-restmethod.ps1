$body = '{"ids": [1, 2, 3]}'
$request = @{
    Uri = '{{baseUrl}}/items'
    Method = 'Delete'
    ContentType = 'application/json'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
