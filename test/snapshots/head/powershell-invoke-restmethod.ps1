$headers = [ordered]@{
    'X-Check' = 'yes'
}
$request = @{
    Uri = '{{baseUrl}}/status'
    Method = 'Head'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
