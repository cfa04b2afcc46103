$headers = [ordered]@{
    'Origin' = 'https://app.example.com'
    'Access-Control-Request-Method' = 'PUT'
}
$request = @{
    Uri = '{{baseUrl}}/cors'
    Method = 'Options'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
