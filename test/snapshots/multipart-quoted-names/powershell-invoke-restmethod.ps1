$form = [System.Net.Http.MultipartFormDataContent]::new()
$part = [System.Net.Http.StringContent]::new('one')
$form.Add($part, 'say %22hi%22')
$part = [System.Net.Http.StringContent]::new('two')
$form.Add($part, 'a\b%22c%22')
$part = [System.Net.Http.ByteArrayContent]::new((Get-Content -LiteralPath 'upload.txt' -AsByteStream -Raw))
$part.Headers.TryAddWithoutValidation('Content-Type', 'text/plain') | Out-Null
$form.Add($part, 'doc %22main%22', 'upload.txt')
$part = [System.Net.Http.ByteArrayContent]::new((Get-Content -LiteralPath 'q"uote.txt' -AsByteStream -Raw))
$form.Add($part, 'quoted file', 'q%22uote.txt')
$request = @{
    Uri = '{{baseUrl}}/upload'
    Method = 'Post'
    Body = $form
}
$response = Invoke-RestMethod @request
$response
