OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
  .addFormDataPart("title", "Hello")
  .addFormDataPart("bio", "line 1\nline 2\r\nline 3")
  .addFormDataPart("name", "Zoë 😀")
  .addFormDataPart("tag", "a")
  .addFormDataPart("tag", "b")
  .addFormDataPart("meta", null,
    RequestBody.create(MediaType.parse("application/json"), "{\"k\":\"v\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
  .addFormDataPart("danger", "\"; $(id) #{x} \\(y) '")
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/upload")
  .method("POST", body)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
