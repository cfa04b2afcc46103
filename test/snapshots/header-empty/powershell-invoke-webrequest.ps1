$headers = [ordered]@{
    'X-Empty' = ''
    'X-After' = 'set'
}
$request = @{
    Uri = '{{baseUrl}}/empty'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
