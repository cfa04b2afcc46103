$request = @{
    Uri = '{{baseUrl}}/upload'
    Method = 'Post'
}
$response = Invoke-RestMethod @request
$response
