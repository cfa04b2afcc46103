$headers = [ordered]@{
    'X-Keep' = 'yes'
}
$body = ''
$request = @{
    Uri = '{{baseUrl}}/settings'
    Method = 'Put'
    Headers = $headers
    ContentType = 'application/x-www-form-urlencoded'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
