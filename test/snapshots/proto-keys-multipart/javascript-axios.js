const form = new FormData();
form.append("__proto__", "f1");
form.append("constructor", "f2");
form.append("prototype", "f3");
form.append("toString", "f4");

const config = {
  method: "POST",
  url: "{{baseUrl}}/objects",
  data: form
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
