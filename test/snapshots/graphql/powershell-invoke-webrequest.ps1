$body = '{"query":"query Hero($id: ID!) {\n  hero(id: $id) {\n    name\n    friends { name }\n  }\n}","variables":{"id":"1000","note":"café #{x}"}}'
$request = @{
    Uri = '{{baseUrl}}/graphql'
    Method = 'Post'
    ContentType = 'application/json'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
