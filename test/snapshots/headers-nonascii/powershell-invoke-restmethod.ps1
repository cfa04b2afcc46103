$headers = [ordered]@{
    'X-Name' = 'Zoë ✓ 😀'
    'X-Latin' = 'café'
}
$request = @{
    Uri = '{{baseUrl}}/i18n'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
