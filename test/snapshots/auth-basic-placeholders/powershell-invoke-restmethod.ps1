$credentials = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('{{basicAuthUsername}}' + ':' + '{{basicAuthPassword}}'))
$headers = [ordered]@{
    'Authorization' = 'Basic ' + $credentials
}
$body = '{"name": "{{petName}}", "tag": "dog"}'
$request = @{
    Uri = '{{baseUrl}}/pets'
    Method = 'Post'
    Headers = $headers
    ContentType = 'application/json'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
