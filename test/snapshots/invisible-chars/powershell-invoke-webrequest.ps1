$headers = [ordered]@{
    'X-Tab' = ('a' + "`t" + 'b')
}
$body = ('tab' + "`t" + 'here' + "`u{2028}" + 'sep' + "`u{2029}" + 'para' + "`u{202E}" + 'RLO' + "`u{200F}`u{FEFF}" + 'bom' + "`u{0001}`u{001F}`u{007F}" + 'del' + "`u{0085}" + 'nel')
$request = @{
    Uri = '{{baseUrl}}/inv'
    Method = 'Post'
    Headers = $headers
    ContentType = 'text/plain'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
