package main

import (
	"bytes"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/textproto"
	"os"
)

func main() {

	url := "{{baseUrl}}/profile"
	method := "PUT"

	payload := &bytes.Buffer{}
	writer := multipart.NewWriter(payload)
	_ = writer.WriteField("name", "Ada")
	_ = writer.WriteField("tag", "a")
	_ = writer.WriteField("tag", "b")
	part4Header := textproto.MIMEHeader{}
	part4Header.Set("Content-Disposition", "form-data; name=\"avatar\"; filename=\"upload.txt\"")
	part4Header.Set("Content-Type", "text/plain")
	part4, _ := writer.CreatePart(part4Header)
	file4, errFile4 := os.Open("upload.txt")
	if errFile4 != nil {
		fmt.Println(errFile4)
		return
	}
	defer file4.Close()
	_, errFile4 = io.Copy(part4, file4)
	if errFile4 != nil {
		fmt.Println(errFile4)
		return
	}
	err := writer.Close()
	if err != nil {
		fmt.Println(err)
		return
	}

	client := &http.Client{}
	req, err := http.NewRequest(method, url, payload)

	if err != nil {
		fmt.Println(err)
		return
	}
	req.Header.Add("X-Request-Id", "42")
	req.Header.Set("Content-Type", writer.FormDataContentType())

	res, err := client.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer res.Body.Close()

	body, err := io.ReadAll(res.Body)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(body))
}
