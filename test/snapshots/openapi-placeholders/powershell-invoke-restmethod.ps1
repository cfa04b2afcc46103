$headers = [ordered]@{
    'X-API-Key' = '{{api_key}}'
    'Cookie' = 'session={{session_id}}; api_key={{api_key}}'
    'X-Note' = '"; rm -rf ~; "'
    'Authorization' = 'Bearer {{bearerAuth}}'
}
$request = @{
    Uri = '{{baseUrl}}/pets/{{petId}}?api_key={{api_key}}&limit=10'
    Method = 'Get'
    Headers = $headers
    # Send the header values as written (PowerShell would otherwise reparse or refuse some).
    SkipHeaderValidation = $true
}
$response = Invoke-RestMethod @request
$response
