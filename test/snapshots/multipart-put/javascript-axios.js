const fileInputs = document.querySelectorAll("input[type=file]"); // the files to send, as the user picked them
const form = new FormData();
form.append("name", "Ada");
form.append("tag", "a");
form.append("tag", "b");
form.append("avatar", new File([fileInputs[0].files[0]], "upload.txt", { type: "text/plain" }));

const config = {
  method: "PUT",
  url: "{{baseUrl}}/profile",
  headers: {
    "X-Request-Id": "42"
  },
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
