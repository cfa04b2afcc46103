OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
  .addFormDataPart("description", "A text file")
  .addFormDataPart("document", "upload.txt",
    RequestBody.create(MediaType.parse("text/plain"), new File("upload.txt")))
  .addFormDataPart("after", "file")
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/upload")
  .method("POST", body)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
