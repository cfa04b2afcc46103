$headers = [ordered]@{
    'Depth' = '1'
}
$body = @'
<?xml version="1.0"?>
<propfind xmlns="DAV:"><allprop/></propfind>

'@
$request = @{
    Uri = '{{baseUrl}}/dav/'
    CustomMethod = 'PROPFIND'
    Headers = $headers
    ContentType = 'application/xml'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
