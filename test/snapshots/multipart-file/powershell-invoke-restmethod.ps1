$form = [System.Net.Http.MultipartFormDataContent]::new()
$part = [System.Net.Http.StringContent]::new('A text file')
$form.Add($part, 'description')
$part = [System.Net.Http.ByteArrayContent]::new((Get-Content -LiteralPath 'upload.txt' -AsByteStream -Raw))
$part.Headers.TryAddWithoutValidation('Content-Type', 'text/plain') | Out-Null
$form.Add($part, 'document', 'upload.txt')
$part = [System.Net.Http.StringContent]::new('file')
$form.Add($part, 'after')
$request = @{
    Uri = '{{baseUrl}}/upload'
    Method = 'Post'
    Body = $form
}
$response = Invoke-RestMethod @request
$response
