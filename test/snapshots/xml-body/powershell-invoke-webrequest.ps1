$headers = [ordered]@{
    'SOAPAction' = '"urn:Add"'
}
$body = @'
<?xml version="1.0" encoding="UTF-8"?>
<note id='1'>
  <to>Tom &amp; Jerry</to>
  <body><![CDATA[a < b && c > d]]></body>
</note>
'@
$request = @{
    Uri = '{{baseUrl}}/soap'
    Method = 'Post'
    Headers = $headers
    ContentType = 'application/xml'
    Body = $body
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-WebRequest @request
$response.Content
