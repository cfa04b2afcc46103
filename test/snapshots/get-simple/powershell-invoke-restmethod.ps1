$headers = [ordered]@{
    'Accept' = 'application/json'
}
$request = @{
    Uri = '{{baseUrl}}/v1/users?limit=10&page=2'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
