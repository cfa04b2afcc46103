$request = @{
    Uri = '{{baseUrl}}/upload'
    Method = 'Post'
}
$response = Invoke-WebRequest @request
$response.Content
