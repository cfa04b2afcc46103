$body = 'theme=dark%20mode&tag=a%26b&tag=c'
$request = @{
    Uri = '{{baseUrl}}/settings'
    Method = 'Patch'
    ContentType = 'application/x-www-form-urlencoded'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
