OkHttpClient client = new OkHttpClient().newBuilder()
  .build();
RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
  .addFormDataPart("say %22hi%22", "one")
  .addFormDataPart("a\\b%22c%22", "two")
  .addFormDataPart("doc %22main%22", "upload.txt",
    RequestBody.create(MediaType.parse("text/plain"), new File("upload.txt")))
  .addFormDataPart("quoted file", "q%22uote.txt",
    RequestBody.create(MediaType.parse("application/octet-stream"), new File("q\"uote.txt")))
  .build();
Request request = new Request.Builder()
  .url("{{baseUrl}}/upload")
  .method("POST", body)
  .build();
Response response = client.newCall(request).execute();
System.out.println(response.body().string());
