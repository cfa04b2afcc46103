$headers = [ordered]@{
    'Authorization' = 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig'
}
$request = @{
    Uri = '{{baseUrl}}/me'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
