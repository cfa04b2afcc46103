$headers = [ordered]@{
    '__proto__' = 'h1'
    'constructor' = 'h2'
    'prototype' = 'h3'
    'toString' = 'h4'
}
$body = '__proto__=f1&constructor=f2&prototype=f3&valueOf=f4'
$request = @{
    Uri = '{{baseUrl}}/objects?__proto__=q1&constructor=q2&prototype=q3&hasOwnProperty=q4'
    Method = 'Post'
    Headers = $headers
    ContentType = 'application/x-www-form-urlencoded'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
