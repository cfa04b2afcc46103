$credentials = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('{{username}}' + ':' + '{{password}}'))
$headers = [ordered]@{
    'Authorization' = 'Basic ' + $credentials
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
