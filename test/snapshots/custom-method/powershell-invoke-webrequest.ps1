$request = @{
    Uri = '{{baseUrl}}/cache/key'
    CustomMethod = 'PURGE'
}
$response = Invoke-WebRequest @request
$response.Content
