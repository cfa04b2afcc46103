$request = @{
    Uri = '{{baseUrl}}/jobs/42/run'
    Method = 'Post'
}
$response = Invoke-WebRequest @request
$response.Content
