$body = 'price: $5 #{total} ${HOME} \(x) `cmd` ''single'' "double" \n stays'
$request = @{
    Uri = '{{baseUrl}}/notes'
    Method = 'Post'
    ContentType = 'text/plain'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
