$headers = [ordered]@{
    'If-Match' = 'W/"etag-1"'
    'X-Request-Id' = '{{requestId}}'
}
$body = '{"name": "{{newName}}", "active": true}'
$request = @{
    Uri = '{{baseUrl}}/v1/users/{{userId}}'
    Method = 'Patch'
    Headers = $headers
    ContentType = 'application/json'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
