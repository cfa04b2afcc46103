$headers = [ordered]@{
    'X-Tag' = 'alpha, beta, gamma'
    'Accept' = 'text/plain'
}
$request = @{
    Uri = '{{baseUrl}}/tags'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
