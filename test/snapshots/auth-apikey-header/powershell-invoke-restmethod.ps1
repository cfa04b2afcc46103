$headers = [ordered]@{
    'X-API-Key' = 'k3y$#{x}'
}
$request = @{
    Uri = '{{baseUrl}}/reports'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
