$body = 'grant_type=authorization_code&code={{authCode}}&redirect_uri=https%3A%2F%2Fexample.com&scope=openid&client_id={{dvPiFlowAppID}}&code_verifier={{code_verifier}}'
$request = @{
    Uri = '{{authPath}}/{{envID}}/as/token'
    Method = 'Post'
    ContentType = 'application/x-www-form-urlencoded'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
