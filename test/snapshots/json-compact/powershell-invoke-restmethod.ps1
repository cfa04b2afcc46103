$body = '{"a":[1,2,{"b":null}],"s":"\"quoted\" \\ slash","u":"\ud83d\ude00","n":1.0}'
$request = @{
    Uri = '{{baseUrl}}/v1/config'
    Method = 'Put'
    ContentType = 'application/json'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
