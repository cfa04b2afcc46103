$request = @{
    Uri = '{{baseUrl}}/blobs/upload.txt'
    Method = 'Put'
    ContentType = 'application/octet-stream'
    InFile = 'upload.txt'
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
