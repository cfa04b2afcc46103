$body = ("`t" + 'indented' + "`n`n" + '  spaced  ' + "`n`n")
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
