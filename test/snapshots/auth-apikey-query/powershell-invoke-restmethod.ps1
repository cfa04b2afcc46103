$request = @{
    Uri = '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc'
    Method = 'Get'
}
$response = Invoke-RestMethod @request
$response
