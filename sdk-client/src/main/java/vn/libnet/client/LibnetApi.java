package vn.libnet.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import vn.libnet.client.model.CatalogRecord;
import vn.libnet.client.model.Change;
import vn.libnet.client.model.ContributionResult;
import vn.libnet.client.model.Page;
import vn.libnet.core.model.DigitalObject;
import vn.libnet.core.model.Holding;
import vn.libnet.core.model.Library;
import vn.libnet.core.model.PublicKeyInfo;
import vn.libnet.core.model.StatisticsReport;
import vn.libnet.core.readiness.scoring.LibraryScore;
import vn.libnet.core.readiness.scoring.ReadinessAggregate;
import vn.libnet.core.readiness.survey.Questionnaire;
import vn.libnet.core.readiness.survey.ReadinessResponse;

/** LibNet API v1 as Retrofit sees it; one method per operation of {@code openapi/libnet-v1.yaml}. */
interface LibnetApi {
  @GET("v1/libraries")
  Call<Page<Library>> listLibraries(@Query("province") String province, @Query("type") String type,
      @Query("q") String text, @Query("cursor") String cursor, @Query("limit") Integer limit);

  @GET("v1/libraries/{isil}")
  Call<Library> getLibrary(@Path("isil") String isil);

  @PUT("v1/libraries/{isil}")
  Call<Library> saveLibrary(@Path("isil") String isil, @Header("If-Match") String ifMatch,
      @Header("Idempotency-Key") String key, @Body Library library);

  @GET(".well-known/jwks.json")
  Call<JsonNode> getHubKeys();

  @GET("v1/libraries/{isil}/keys")
  Call<List<PublicKeyInfo>> listLibraryKeys(@Path("isil") String isil);

  @POST("v1/libraries/{isil}/keys")
  Call<PublicKeyInfo> registerLibraryKey(@Path("isil") String isil, @Header("Idempotency-Key") String key, @Body PublicKeyInfo info);

  @POST("v1/catalog/records")
  Call<ContributionResult> contributeRecords(@Query("dryRun") Boolean dryRun, @Header("Idempotency-Key") String key,
      @Body RequestBody records);

  @GET("v1/catalog/records/{id}")
  Call<CatalogRecord> getRecord(@Path("id") String id);

  @PUT("v1/catalog/holdings/{isil}/{localId}")
  Call<Holding> setHolding(@Path("isil") String isil, @Path("localId") String localId,
      @Header("If-Match") String ifMatch, @Header("Idempotency-Key") String key, @Body Holding holding);

  @DELETE("v1/catalog/holdings/{isil}/{localId}")
  Call<JsonNode> unsetHolding(@Path("isil") String isil, @Path("localId") String localId, @Header("Idempotency-Key") String key);

  @GET("v1/catalog/search")
  Call<Page<CatalogRecord>> searchCatalog(@Query("query") String cql, @Query("cursor") String cursor, @Query("limit") Integer limit);

  @GET("v1/catalog/changes")
  Call<Page<Change>> listChanges(@Query("cursor") String cursor, @Query("limit") Integer limit);

  @POST("v1/digital-objects")
  Call<DigitalObject> registerDigitalObject(@Header("Idempotency-Key") String key, @Body DigitalObject object);

  @GET("v1/digital-objects/{id}")
  Call<DigitalObject> getDigitalObject(@Path("id") String id);

  @GET("v1/digital-objects/{id}/manifest")
  Call<JsonNode> getDigitalObjectManifest(@Path("id") String id);

  @PUT("v1/digital-objects/{id}/manifest")
  Call<JsonNode> putDigitalObjectManifest(@Path("id") String id, @Header("If-Match") String ifMatch,
      @Header("Idempotency-Key") String key, @Body RequestBody manifest);

  @GET("v1/digital-objects")
  Call<Page<DigitalObject>> listDigitalObjects(@Query("isil") String isil, @Query("cursor") String cursor, @Query("limit") Integer limit);

  @GET("v1/surveys/{surveyId}")
  Call<Questionnaire> getQuestionnaire(@Path("surveyId") String surveyId);

  @POST("v1/surveys/{surveyId}/responses")
  Call<LibraryScore> submitReadinessResponse(@Path("surveyId") String surveyId, @Header("Idempotency-Key") String key,
      @Body ReadinessResponse response);

  @GET("v1/surveys/{surveyId}/responses")
  Call<Page<LibraryScore>> listReadinessScores(@Path("surveyId") String surveyId, @Query("isil") String isil,
      @Query("cursor") String cursor, @Query("limit") Integer limit);

  @GET("v1/surveys/{surveyId}/scores")
  Call<List<ReadinessAggregate>> readinessAggregates(@Path("surveyId") String surveyId, @Query("by") String by);

  @PUT("v1/libraries/{isil}/statistics/{year}")
  Call<StatisticsReport> submitStatistics(@Path("isil") String isil, @Path("year") int year,
      @Header("Idempotency-Key") String key, @Body StatisticsReport report);
}
