$headers = [ordered]@{
    'X-Request-Id' = '42'
}
$form = [System.Net.Http.MultipartFormDataContent]::new()
$part = [System.Net.Http.StringContent]::new('Ada')
$form.Add($part, 'name')
$part = [System.Net.Http.StringContent]::new('a')
$form.Add($part, 'tag')
$part = [System.Net.Http.StringContent]::new('b')
$form.Add($part, 'tag')
$part = [System.Net.Http.ByteArrayContent]::new((Get-Content -LiteralPath 'upload.txt' -AsByteStream -Raw))
$part.Headers.TryAddWithoutValidation('Content-Type', 'text/plain') | Out-Null
$form.Add($part, 'avatar', 'upload.txt')
$request = @{
    Uri = '{{baseUrl}}/profile'
    Method = 'Put'
    Headers = $headers
    Body = $form
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
