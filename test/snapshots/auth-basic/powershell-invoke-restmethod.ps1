$headers = [ordered]@{
    'Authorization' = 'Basic YW5uOnBAc3M6d8O2cmQ='
}
$request = @{
    Uri = '{{baseUrl}}/me'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
