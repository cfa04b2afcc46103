OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
  .addFormDataPart("name", "Ada")
  .addFormDataPart("tag", "a")
  .addFormDataPart("tag", "b")
  .addFormDataPart("avatar", "upload.txt",
    RequestBody.create(MediaType.parse("text/plain"), new File("upload.txt")))
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/profile")
  .method("PUT", body)
  .addHeader("X-Request-Id", "42")
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
