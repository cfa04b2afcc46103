$body = 'user=ann%40example.com&pass=p%40ss%20w0rd%26'
$request = @{
    Uri = '{{baseUrl}}/login?next=/home&lang=en'
    Method = 'Post'
    ContentType = 'application/x-www-form-urlencoded'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
