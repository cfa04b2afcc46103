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

	url := "{{baseUrl}}/upload"
	method := "POST"

	payload := &bytes.Buffer{}
	writer := multipart.NewWriter(payload)
	_ = writer.WriteField("say %22hi%22", "one")
	_ = writer.WriteField("a\\b%22c%22", "two")
	part3Header := textproto.MIMEHeader{}
	part3Header.Set("Content-Disposition", "form-data; name=\"doc %22main%22\"; filename=\"upload.txt\"")
	part3Header.Set("Content-Type", "text/plain")
	part3, _ := writer.CreatePart(part3Header)
	file3, errFile3 := os.Open("upload.txt")
	if errFile3 != nil {
		fmt.Println(errFile3)
		return
	}
	defer file3.Close()
	_, errFile3 = io.Copy(part3, file3)
	if errFile3 != nil {
		fmt.Println(errFile3)
		return
	}
	part4, _ := writer.CreateFormFile("quoted file", "q%22uote.txt")
	file4, errFile4 := os.Open("q\"uote.txt")
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
