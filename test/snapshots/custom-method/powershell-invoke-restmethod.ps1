$request = @{
    Uri = '{{baseUrl}}/cache/key'
    CustomMethod = 'PURGE'
}
$response = Invoke-RestMethod @request
$response
